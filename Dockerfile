# briefbot in a container: `docker build -t briefbot .`, then `docker run --env-file .env briefbot run`
# or the README's compose file (bot and workers on PostgreSQL). The arguments are a briefbot command.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# The package only (no dev extra); its sources are removed once installed. No C compiler in this
# image: setup.py installs the analysis as Python (README: The compiled analysis).
COPY pyproject.toml setup.py README.md /src/
COPY briefings /src/briefings
COPY bot /src/bot
COPY slackbot /src/slackbot
RUN pip install /src && rm -rf /src

# A user of its own; its home holds the default SQLite database when DATABASE_URL is not set.
RUN useradd --create-home --uid 10001 briefbot
WORKDIR /app
# The seeds are the default story: ARTICLES_DIR defaults to `seeds` in the working folder.
COPY --chown=briefbot:briefbot seeds /app/seeds
RUN chown briefbot:briefbot /app
USER briefbot

ENTRYPOINT ["briefbot"]
CMD ["start"]
