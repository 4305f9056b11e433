# CPU image of Stylist: `docker build -t stylist . && docker run -p 7860:7860 -v stylist-data:/data stylist`
FROM python:3.11-slim

# curl for the healthcheck (the Korean font for lookbooks ships in data/fonts).
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 stylist
WORKDIR /app
COPY pyproject.toml README.md ./
COPY app ./app
COPY chains ./chains
COPY diffusion ./diffusion
COPY retrieval ./retrieval
COPY prompts ./prompts
COPY storage ./storage
COPY data ./data
# torch first, pinned to its CPU build, so nothing pulls a CUDA build.
RUN pip install --no-cache-dir "torch==2.13.0" --index-url https://download.pytorch.org/whl/cpu \
    && pip install --no-cache-dir -e .

ENV STYLIST_DATA_DIR=/data STYLIST_HOST=0.0.0.0 STYLIST_PORT=7860 HF_HUB_OFFLINE=1
RUN mkdir -p /data && chown stylist:stylist /data
VOLUME /data
USER stylist
EXPOSE 7860
HEALTHCHECK --interval=30s --timeout=5s --start-period=300s CMD curl -fsS http://127.0.0.1:7860/ || exit 1
CMD ["stylist", "serve"]
