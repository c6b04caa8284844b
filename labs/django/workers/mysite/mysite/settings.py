"""
Settings for the essay's project, cut down from what `startproject` writes: the two views use
no database, sessions, admin or templates, so none are installed (and `migrate` is not needed).
The site starts this project on a loopback port it picks, and stops it with the site.
"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Only ever served on 127.0.0.1 by the site itself, never exposed: a fixed development key.
SECRET_KEY = "django-insecure-the-essays-example-project-on-loopback-only"

# As startproject leaves it. A 500 then answers with a plain-text traceback when asked for
# text/plain, whose first line (the exception) the page shows.
DEBUG = True

ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

INSTALLED_APPS = []

MIDDLEWARE = []

ROOT_URLCONF = "mysite.urls"

WSGI_APPLICATION = "mysite.wsgi.application"

DATABASES = {}

USE_TZ = True
