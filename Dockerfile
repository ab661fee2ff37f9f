# Lotse app image (Python 3.11). The Rasa server runs in its own image (see docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY nlu ./nlu
COPY matching ./matching
COPY data ./data
# the crisis check-in net learns from the tuning sets and the look-alikes (training_files() in
# bot/crisis_model.py; the NLU's data comes with nlu/): fitted once here, so the first message
# does not wait for it. Every crisis set is copied, so a set that joins TUNING_SETS needs no
# change here; the held-out ones are never read (tests/test_docker.py checks the copies)
COPY tests/bot/crisis_lookalikes.yml tests/bot/crisis_messages_blind*.yml ./tests/bot/
ENV LOTSE_CACHE_DIR=/app/cache
RUN pip install --no-cache-dir -e . && useradd --create-home lotse && mkdir -p /app/var \
    && lotse nlu crisis-train && chown -R lotse /app/var /app/cache
USER lotse
EXPOSE 8000
CMD ["lotse", "serve", "--host", "0.0.0.0", "--port", "8000"]
