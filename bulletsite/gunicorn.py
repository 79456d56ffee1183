"""gunicorn's settings for bulletsite: gunicorn -c python:bulletsite.gunicorn bulletsite.wsgi

Request bodies are capped by the site (bulletsite.middleware) and by the proxy in front of it;
gunicorn caps what comes before the body.
"""

import os

# gunicorn serves production: DEBUG is off here whatever the environment says, so a forgotten
# or stray DJANGO_DEBUG never shows visitors a traceback. This runs in the master, before any
# worker loads Django, and the workers inherit it. Development serves with `make run`
# (runserver on 127.0.0.1), where DEBUG stays on.
os.environ["DJANGO_DEBUG"] = "false"

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "4"))
# Each worker answers requests on threads: a client that sends its request slowly (or never
# finishes it) holds one thread until the timeout, not the whole worker, so a few slow clients
# cannot starve everyone else even without a buffering proxy in front. Django gives each thread
# its own database connection; the page cache's in-memory copies are guarded by a lock.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
timeout = 30
limit_request_line = 4094
limit_request_fields = 50
limit_request_field_size = 8190
