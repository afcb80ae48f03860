# The gateway with the docs it serves, for running behind a load balancer:
#   utdk-gen generate && docker build -t utdk-gateway . && \
#   docker run -p 8787:8787 -e PLAID_CLIENT_ID -e PLAID_SECRET utdk-gateway
# Credentials come from the container's environment (never baked into the image). Put the public
# host name in gateway.allowed_hosts of generator.yaml; see README.md, "Gateway".
FROM python:3.11-slim

WORKDIR /app
COPY pyproject.toml setup.py README.md ./
COPY generator ./generator
COPY templates ./templates
RUN pip install --no-cache-dir . && rm -rf generator templates

COPY generator.yaml ./
COPY specs ./specs
COPY generated ./generated

USER nobody
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=3s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8787/healthz', timeout=2)"]
CMD ["utdk-gen", "gateway", "--config", "/app/generator.yaml", "--host", "0.0.0.0", "--port", "8787", "--workers", "2"]
