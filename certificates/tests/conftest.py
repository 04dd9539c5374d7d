import pytest

from cohorts.tests.factories import CohortFactory
from curriculum.tests.factories import make_curriculum


@pytest.fixture
def tree(db):
    return make_curriculum(modules=1, lessons_per_module=2)


@pytest.fixture
def cohort(tree):
    return CohortFactory(program=tree.program)
