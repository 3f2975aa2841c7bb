"""The registry: the analysis layers :func:`newslab.analyze` can run, in an order that works.

This is the only module that imports the layers. Each layer says which layers it
``requires``; :func:`ordered` puts every layer after the ones it needs (ties keep the order
of :data:`LAYERS`), and :func:`plan` picks the layers a subset needs.

Example:
    >>> [layer.name for layer in LAYERS]
    ['actors', 'clauses', 'quotes', 'claims', 'tone', 'stance', 'relations']
    >>> [layer.name for layer in plan(["claims"])]
    ['actors', 'clauses', 'quotes', 'claims']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newslab.actors.layer import LAYER as ACTORS
from newslab.errors import NewslabError
from newslab.layer import Layer
from newslab.speech.claims import LAYER as CLAIMS
from newslab.speech.quotes import LAYER as QUOTES
from newslab.speech.reporting import LAYER as CLAUSES
from newslab.stance.layer import LAYER as STANCE
from newslab.stance.relations import LAYER as RELATIONS
from newslab.tone.layer import LAYER as TONE


class UnknownLayerError(NewslabError, ValueError):
    """A layer name that the registry does not know."""


def ordered(layers: Sequence[Layer]) -> tuple[Layer, ...]:
    """The layers with each one after every layer it requires (a stable topological order).

    Example:
        >>> [layer.name for layer in ordered([CLAIMS, QUOTES, ACTORS, CLAUSES])]
        ['actors', 'clauses', 'quotes', 'claims']
    """
    by_name = {layer.name: layer for layer in layers}
    done: list[Layer] = []
    placed: set[str] = set()
    waiting = list(layers)
    while waiting:
        ready = [layer for layer in waiting if all(r in placed or r not in by_name for r in layer.requires)]
        if not ready:
            names = ", ".join(layer.name for layer in waiting)
            raise NewslabError(f"these layers require each other in a circle: {names}")
        layer = ready[0]
        done.append(layer)
        placed.add(layer.name)
        waiting.remove(layer)
    return tuple(done)


LAYERS: tuple[Layer, ...] = ordered((ACTORS, CLAUSES, QUOTES, CLAIMS, TONE, STANCE, RELATIONS))
"""Every layer, in the order :func:`newslab.analyze` runs them."""


def plan(names: Iterable[str] | None = None) -> tuple[Layer, ...]:
    """The layers to run for ``names`` (all when ``None``), with every layer they require.

    Example:
        >>> [layer.name for layer in plan(["tone"])]
        ['actors', 'clauses', 'quotes', 'tone']
        >>> plan(["mood"])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newslab.pipeline.registry.UnknownLayerError: there is no layer 'mood'; the layers are actors, ...
    """
    if names is None:
        return LAYERS
    by_name = {layer.name: layer for layer in LAYERS}
    wanted: set[str] = set()
    stack = list(names)
    while stack:
        name = stack.pop()
        if name not in by_name:
            known = ", ".join(by_name)
            raise UnknownLayerError(f"there is no layer {name!r}; the layers are {known}")
        if name not in wanted:
            wanted.add(name)
            stack.extend(by_name[name].requires)
    return tuple(layer for layer in LAYERS if layer.name in wanted)
