from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import selectors

RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    query = request.GET.get("q", "")
    results = selectors.search_curriculum(query=query, user=request.user)
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"query": query[: selectors.SEARCH_QUERY_MAX_LENGTH], "results": page}
    return render(request, "search/search.html", context)
