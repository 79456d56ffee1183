"""gunicorn's settings for bulletsite: gunicorn -c python:bulletsite.gunicorn bulletsite.wsgi

Request bodies are capped by the site (bulletsite.middleware) and by the proxy in front of it;
gunicorn caps what comes before the body.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "4"))
timeout = 30
limit_request_line = 4094
limit_request_fields = 50
limit_request_field_size = 8190
