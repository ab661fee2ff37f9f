# Lotse app image (Python 3.11). The Rasa server runs in its own image (see docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY nlu ./nlu
COPY matching ./matching
COPY data ./data
RUN pip install --no-cache-dir -e . && useradd --create-home lotse && mkdir -p /app/var \
    && chown lotse /app/var
USER lotse
EXPOSE 8000
CMD ["lotse", "serve", "--host", "0.0.0.0", "--port", "8000"]
