# Lotse app image (Python 3.11). The Rasa server runs in its own image (see docker-compose.yml).
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY nlu ./nlu
COPY matching ./matching
COPY data ./data
# the crisis check-in net learns from the tuning sets (never the held-out ones): fitted once
# here, so the first message does not wait for it (bot/crisis_model.py)
COPY tests/bot/crisis_lookalikes.yml tests/bot/crisis_messages_blind3.yml \
     tests/bot/crisis_messages_blind4.yml tests/bot/crisis_messages_blind5.yml \
     tests/bot/crisis_messages_blind6.yml tests/bot/crisis_messages_blind7.yml \
     tests/bot/crisis_messages_blind8.yml tests/bot/crisis_messages_blind10.yml \
     tests/bot/crisis_messages_blind11.yml tests/bot/crisis_messages_blind12.yml ./tests/bot/
ENV LOTSE_CACHE_DIR=/app/cache
RUN pip install --no-cache-dir -e . && useradd --create-home lotse && mkdir -p /app/var \
    && lotse nlu crisis-train && chown -R lotse /app/var /app/cache
USER lotse
EXPOSE 8000
CMD ["lotse", "serve", "--host", "0.0.0.0", "--port", "8000"]
