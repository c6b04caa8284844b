from django.urls import path

from . import views

urlpatterns = [
    path("sync/api/", views.api),
    path("async/api_aggregated/", views.api_aggregated),
]
