"""The site's URLs plus the trivial Django view used as a floor."""

from django.http import HttpResponse
from django.urls import path

from lms.urls import urlpatterns as site_urlpatterns


def trivial(request):
    return HttpResponse("ok")


urlpatterns = [path("bench/trivial/", trivial), *site_urlpatterns]
