# shop-monitor daemon. Mount your config at /config/monitor.yaml (with `data_dir: /data`) and a volume at /data.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app

COPY pyproject.toml README.md scrapy.cfg ./
COPY monitor ./monitor
COPY spiders ./spiders
COPY sentiment ./sentiment
COPY notifiers ./notifiers
COPY config ./config
RUN pip install ".[postgres]" \
 && useradd --create-home --uid 10001 monitor \
 && mkdir -p /data /config && chown monitor:monitor /data

USER monitor
VOLUME ["/data", "/config"]
ENTRYPOINT ["monitor"]
CMD ["run", "--config", "/config/monitor.yaml"]
