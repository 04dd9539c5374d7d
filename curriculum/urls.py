from django.urls import path

from . import views

app_name = "curriculum"

urlpatterns = [
    path("search/", views.search, name="search"),
]
