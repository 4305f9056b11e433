# Stylist in a container. CPU image (collage lookbooks) by default:
#   docker build -t stylist .
# CUDA image (SDXL lookbooks on an NVIDIA GPU; run with --gpus all):
#   docker build --build-arg VARIANT=cuda -t stylist:cuda .
# Run (data and model caches on volumes, see the README):
#   docker run -p 7860:7860 -v stylist-data:/data -v stylist-models:/models stylist
ARG VARIANT=cpu

FROM python:3.11-slim AS base-cpu
# torch's CPU build, so nothing pulls a multi-GB CUDA build.
ENV TORCH_INDEX=https://download.pytorch.org/whl/cpu STYLIST_RENDERER=collage

FROM nvidia/cuda:12.8.1-cudnn-runtime-ubuntu22.04 AS base-cuda
# Python 3.11 from Ubuntu in its own virtual environment (the system Python stays untouched).
RUN apt-get update && apt-get install -y --no-install-recommends python3.11 python3.11-venv \
    && rm -rf /var/lib/apt/lists/* && python3.11 -m venv /opt/venv
# torch's CUDA build; lookbooks by SDXL when its weights are in the model cache, else the collage.
ENV PATH=/opt/venv/bin:$PATH TORCH_INDEX=https://download.pytorch.org/whl/cu128 STYLIST_RENDERER=auto

FROM base-${VARIANT}
# curl for the healthcheck (the Korean font for lookbooks ships in data/fonts).
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 10001 stylist
WORKDIR /app
COPY pyproject.toml README.md ./
COPY app ./app
COPY chains ./chains
COPY diffusion ./diffusion
COPY retrieval ./retrieval
COPY prompts ./prompts
COPY storage ./storage
COPY data ./data
RUN pip install --no-cache-dir "torch==2.13.0" --index-url "$TORCH_INDEX" \
    && pip install --no-cache-dir -e .

# /data: catalogue, database, photos, lookbooks. /models: the Hugging Face cache (SDXL and LoRA
# weights, put there beforehand: nothing is downloaded at run time).
# A container listens beyond loopback, so people sign up and sign in (STYLIST_AUTH=true): without
# accounts the app has one private space and refuses to serve it to the network.
ENV STYLIST_DATA_DIR=/data HF_HOME=/models HF_HUB_OFFLINE=1 STYLIST_HOST=0.0.0.0 STYLIST_PORT=7860 STYLIST_AUTH=true \
    STYLIST_LOG_FORMAT=json PYTHONUNBUFFERED=1
RUN mkdir -p /data /models && chown stylist:stylist /data /models
VOLUME ["/data", "/models"]
USER stylist
EXPOSE 7860
# The first start builds the demo catalogue (minutes): a long start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=600s --retries=3 \
    CMD curl -fsS http://127.0.0.1:7860/health || exit 1
# `stylist serve` closes cleanly on SIGTERM (docker stop): turns in flight finish.
STOPSIGNAL SIGTERM
CMD ["stylist", "serve"]
