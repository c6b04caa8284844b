"""ASGI config for mysite (as `startproject` writes it): what uvicorn serves."""
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")

application = get_asgi_application()
