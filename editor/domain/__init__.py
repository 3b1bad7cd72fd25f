"""Plain-Python domain model: articles, datelines, locations, workflow states and roles.

Nothing here touches Qt or the database, so every other layer can share these types.
"""

from editor.domain.article import Article, Byline, RelatedLink, make_slug, normalize_tag
from editor.domain.dateline import Dateline, DatelineStyle, IndonesianTimeZone
from editor.domain.location import Location
from editor.domain.workflow import Action, Role, Status

__all__ = [
    "Action",
    "Article",
    "Byline",
    "Dateline",
    "DatelineStyle",
    "IndonesianTimeZone",
    "Location",
    "RelatedLink",
    "Role",
    "Status",
    "make_slug",
    "normalize_tag",
]
