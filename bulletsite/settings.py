"""Settings for bulletsite, read from the environment with safe development defaults."""

import hashlib
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent

# The environment is read by hand, with dj-database-url for DATABASE_URL. django-environ, weighed
# for issue 24, would replace the two helpers below and dj-database-url but not the rest: its
# lists keep the spaces around commas (" b.example" matches no host), its EMAIL_URL reads
# smtps:// as STARTTLS (here smtps:// is TLS from the start, port 465, as the README says) and
# fills the old EMAIL_* settings rather than Django's MAILERS, so the mail block would stay, and
# the cache is the project's own file cache or REDIS_URL, not a CACHE_URL scheme.


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", default=True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "django-insecure-development-only-key-never-used-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")

INSTALLED_APPS = [
    # Before the admin: its admin classes show each translated field in both languages.
    "modeltranslation",
    "newsroom.apps.NewsroomAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_filters",
    "bulletsite.apps.BulletsiteConfig",
    "pagecache",
    "reversion",
    "allauth",
    "allauth.account",
    "accounts",
    "newsroom",
    "search",
    "sharecards",
    "films",
    "reviews",
    "seed",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # How long a caching proxy in front may keep a page for anonymous readers: this second.
    "bulletsite.middleware.ProxyMicrocacheMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # The language comes from the address (/en/, /fr/); for an address without one, from the
    # visitor's choice (a cookie) or their browser's Accept-Language.
    "django.middleware.locale.LocaleMiddleware",
    # Anonymous cache hits are answered here; the middleware below runs for everything else.
    "pagecache.middleware.CachedPageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "films.horizon.HorizonMiddleware",
    "pagecache.middleware.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "bulletsite.middleware.RequestBodyLimitMiddleware",
]

# scripts/bench.py serves bulletsite.bench_urls: the site's URLs and a stock Django page to
# measure against, which the public site never has.
ROOT_URLCONF = os.environ.get("DJANGO_ROOT_URLCONF", "bulletsite.urls")
WSGI_APPLICATION = "bulletsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "django.template.context_processors.i18n",
                "films.horizon.horizon_choices",
                "pagecache.context_processors.page_cache",
            ],
        },
    },
]

# SQLite by default, tuned for a web server: WAL lets readers and one writer work at once,
# IMMEDIATE transactions take the write lock up front (no upgrade deadlocks), and the busy
# timeout makes a writer wait for the lock instead of failing with "database is locked".
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The site in English and in French, every page at an address of its own per language.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"
# A French field left blank shows the English, with a note saying so (films.templatetags).
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Accounts (django-allauth): sign-up with email and password, email verified before first login.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "homepage"
ACCOUNT_FORMS = {
    "login": "accounts.forms.MemberLoginForm",
    "signup": "accounts.forms.MemberSignupForm",
    "add_email": "accounts.forms.MemberAddEmailForm",
    "reset_password": "accounts.forms.MemberResetPasswordForm",
}
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
# The site's name in the mails allauth sends (accounts.adapter): without django.contrib.sites,
# allauth would name the site after the host it was reached at ("127.0.0.1:8231").
SITE_NAME = "bulletsite"
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{SITE_NAME}] "
ACCOUNT_USERNAME_MIN_LENGTH = 3
ACCOUNT_USERNAME_VALIDATORS = "accounts.validators.username_validators"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
# allauth's limits (login, sign-up, password reset) plus the site's own actions, per user and IP.
# Every mail the site sends on a visitor's request is bounded per address ("key") and per client
# to what a person needs; past the limit, no mail and a 429 page that says to slow down.
ACCOUNT_RATE_LIMITS = {
    # Sign-ups count accounts made, not attempts (accounts/views.py): on a shared connection a
    # few typos must lock no one out. allauth's own count, of every attempt, is off.
    "signup": None,
    "account_create": "5/h/ip",
    # A password reset mails the address, whether an account has it or not.
    "reset_password": "10/h/ip,3/h/key",
    # The confirmation mail sent again (signing in unconfirmed): one per 3 minutes, 3 an hour.
    "confirm_email": "1/3m/key,3/h/key",
    # Adding an address mails it: a member manages their addresses a few times an hour at most.
    "manage_email": "10/h/user",
    "login_failed": "10/m/ip,5/5m/key",
    "review_submit": "10/h/user,30/h/ip",
    "review_flag": "20/h/user,60/h/ip",
    "review_vote": "120/h/user",
    "trilogy_rank": "20/h/user",
    # Deleting an account asks for its password: a few tries, not a guessing game.
    "account_delete": "5/15m/user",
}

# Mail goes to the console in development; EMAIL_URL (smtp://user:password@host:587, or
# smtps:// for implicit TLS) sends it through SMTP.
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "bulletsite <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MAILERS = {
    "default": {
        "BACKEND": (
            "django.core.mail.backends.console.EmailBackend"
            if DEBUG
            else "django.core.mail.backends.smtp.EmailBackend"  # localhost:25 without EMAIL_URL
        )
    }
}
if email_url := os.environ.get("EMAIL_URL"):
    _email = urlsplit(email_url)
    _port = _email.port or (465 if _email.scheme == "smtps" else 587)
    MAILERS["default"] = {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": _email.hostname or "localhost",
            "port": _port,
            "username": unquote(_email.username or ""),
            "password": unquote(_email.password or ""),
            "use_ssl": _email.scheme == "smtps",
            "use_tls": _email.scheme == "smtp" and _port == 587,
        },
    }

# Caches shared by every worker process. On one machine, files (a cached page is served without
# touching the database); several servers share Redis instead (REDIS_URL).
# Two caches, so that page traffic never evicts what must last: "pages" keeps whole pages, their
# versions, template fragments, the series' films and share cards, all derived data that a full
# cache may drop at random (unique search addresses fill it); "default" keeps rate-limit counters
# (allauth's and the site's own, consume_or_429) and is sized never to cull them.
CACHE_DIR = Path(os.environ.get("DJANGO_CACHE_DIR", BASE_DIR / "var" / "cache"))


def _release(root):
    """A digest of what renders the pages: the project's code, templates, translations and
    static files. Pages and fragments are kept under it, so a deploy that changes any of them
    starts afresh, rather than serving the old layout until the old copies run out."""
    skipped = {"media", "var", "screenshots", "backups", "docs", "tests", "tools", "scripts"}
    kinds = {".py", ".html", ".txt", ".xml", ".mo", ".css", ".js", ".svg", ".json"}
    digest = hashlib.sha256()
    for top in sorted(root.iterdir()):
        if top.is_dir() and not top.name.startswith(".") and top.name not in skipped:
            for path in sorted(top.rglob("*")):
                if path.suffix in kinds and path.is_file():
                    digest.update(str(path.relative_to(root)).encode())
                    digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


RELEASE = os.environ.get("DJANGO_RELEASE") or _release(BASE_DIR)
CACHES = {
    "default": {
        "BACKEND": "pagecache.file_cache.FileCache",
        "LOCATION": str(CACHE_DIR / "limits"),
        # Counters last an hour at most, and each client makes a few: far more than ever live.
        "OPTIONS": {"MAX_ENTRIES": 500_000},
    },
    "pages": {
        "BACKEND": "pagecache.file_cache.FileCache",
        "LOCATION": str(CACHE_DIR / "pages"),
        "KEY_PREFIX": RELEASE,
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
}
if redis_url := os.environ.get("REDIS_URL"):
    # One Redis, the pages under a prefix of their own. Redis must not evict counters: leave its
    # maxmemory-policy at noeviction or volatile-* (README, Production).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": f"pages:{RELEASE}",
        },
    }
# The cache the page cache keeps pages in (pagecache/), and the {% cache %} fragments with them.
PAGE_CACHE_ALIAS = "pages"
# How long anything the site keeps in its cache lives at most: a page, a fragment of one
# ({% cache page_cache_seconds ... %}), the series' films, a share card. Changes replace them at
# once (pagecache/, films/series.py, cards keyed by their words), so this only bounds what is
# kept unused.
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", 60 * 60))

# The public address, for links made outside a request (the set-password link of createeditor).
SITE_URL = os.environ.get("DJANGO_SITE_URL", "http://127.0.0.1:8000")

# Uploaded media are served by Django only in development; production serves them from shared
# storage (a bucket or the proxy).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", default=DEBUG)

# Security headers on every response. No inline script or style runs without the request's
# nonce; the site's own pages need none, the admin's templates carry it.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
if not DEBUG:
    # Production runs behind HTTPS: cookies travel only over it, and browsers are told to
    # insist on it. Set DJANGO_SECURE_SSL_REDIRECT=false where a proxy already redirects.
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", 60 * 60 * 24 * 365))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
if env_bool("DJANGO_BEHIND_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # Rate limits count per client, not per proxy: allauth takes the client's address from the
    # X-Forwarded-For entry added by the last of this many trusted proxies (entries before it
    # are the client's to forge), or from a header that the proxy alone sets, when named.
    ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "1"))
    ALLAUTH_TRUSTED_CLIENT_IP_HEADER = os.environ.get("DJANGO_CLIENT_IP_HEADER") or None

# Request bodies: a form post takes at most this much, fields included; the admin also takes a
# poster (RequestBodyLimitMiddleware). The proxy in front should refuse more (README).
REQUEST_MAX_BYTES = 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = REQUEST_MAX_BYTES

# Errors and warnings go to standard error in gunicorn's own format, so one log holds both.
# Requests answered 4xx are in gunicorn's access log already; django.request logs the 5xx.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "gunicorn": {
            "format": "%(asctime)s [%(process)d] [%(levelname)s] %(message)s",
            "datefmt": "[%Y-%m-%d %H:%M:%S %z]",
        }
    },
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "gunicorn"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "django.request": {"level": "ERROR"},
        "django.server": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}

# Posters editors upload: whole JPEG, PNG or WebP images (Pillow decodes them), at most this
# many bytes.
POSTER_MAX_BYTES = 5 * 1024 * 1024
# Decoded, a poster of this many pixels takes about 80 MB of memory; real posters are far smaller.
POSTER_MAX_PIXELS = 20_000_000
