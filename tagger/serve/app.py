"""The HTTP service: tagging over HTTP and the Label Studio ML backend, on Starlette/FastAPI.

Routes: ``POST /tag`` (``{"text": ...}`` or ``{"records": [...]}`` → the records of
docs/output-format.md), ``GET /health``, ``GET /version``, and Label Studio's
``POST /setup``, ``POST /predict``, ``POST /webhook``, ``GET /versions``.

Every request is bounded (:class:`ServeLimits`): body bytes (413), documents and
characters per request (413), and seconds of tagging (503, with what was done). Bad input
gets a 400 with a catalogue message (``{"error": "[E7xx] ..."}``). Who tags: see
:mod:`tagger.serve.workers` (``tagger serve --workers N``: one HTTP process and N worker
processes, each request going to the next free worker).
"""


import json
from dataclasses import asdict, dataclass
from typing import Any, Dict, List, Optional, Tuple

from ..about import __version__
from ..errors import Errors, TaggerError
from ..tagging import model_info
from . import labelstudio
from .workers import InProcess, Job, ProcessPool, RequestError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 9090


@dataclass(frozen=True)
class ServeLimits:
    """Bounds of one request."""

    max_bytes: int = 8 * 1024 * 1024
    max_documents: int = 256
    max_chars: int = 500_000
    timeout_s: float = 60.0


# ---------------------------------------------------------------------------------
# request bodies


async def read_json(request, limits: ServeLimits) -> Any:
    """The request's JSON body, read up to ``max_bytes`` (413 beyond, 400 if not JSON)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise RequestError(413, Errors.E702.format(size=int(declared), limit=limits.max_bytes))
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limits.max_bytes:
            raise RequestError(413, Errors.E702.format(size=f"more than {len(body)}",
                                                       limit=limits.max_bytes))
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise RequestError(400, Errors.E703.format(reason=str(err))) from err


def check_size(texts: List[str], limits: ServeLimits) -> None:
    """413 when a request holds too many documents or characters."""
    if len(texts) > limits.max_documents:
        raise RequestError(413, Errors.E705.format(n=len(texts), limit=limits.max_documents))
    chars = sum(len(t) for t in texts)
    if chars > limits.max_chars:
        raise RequestError(413, Errors.E706.format(n=chars, limit=limits.max_chars))


def tag_request(body: Any, limits: ServeLimits) -> Job:
    """The :class:`Job` of a ``/tag`` body; 400 for a malformed one.

    ``{"text": str, "repair"?: bool, "segment"?: bool}`` tags a page (as a .txt file);
    ``{"records": [{"text", "id"?, "meta"?}, ...], "repair"?: bool}`` tags articles (as
    JSONL lines); a record without text becomes an error record, as in ``tagger tag``.
    """
    if not isinstance(body, dict) or ("text" in body) == ("records" in body):
        raise RequestError(400, Errors.E707.format())
    options = {k: body[k] for k in ("repair", "segment") if k in body}
    for key, value in options.items():
        if not isinstance(value, bool):
            raise RequestError(400, Errors.E708.format(field=key, value=json.dumps(value)))
    if "text" in body:
        text = body["text"]
        if not isinstance(text, str):
            raise RequestError(400, Errors.E708.format(field="text", value=type(text).__name__))
        check_size([text], limits)
        return Job("text", text, tuple(options.items()), 1)
    records = body["records"]
    if not isinstance(records, list):
        raise RequestError(400, Errors.E708.format(field="records", value=type(records).__name__))
    if "segment" in options:
        raise RequestError(400, Errors.E708.format(field="segment", value="with records"))
    check_size([r["text"] for r in records if isinstance(r, dict) and isinstance(r.get("text"), str)],
               limits)
    return Job("records", records, tuple(options.items()), len(records))


def predict_request(body: Any, limits: ServeLimits) -> Tuple[labelstudio.LabelingFields, List[str]]:
    """``(fields, texts)`` of a Label Studio ``/predict`` body; 400 for a malformed one."""
    if not isinstance(body, dict) or not isinstance(body.get("tasks"), list):
        raise RequestError(400, Errors.E708.format(field="tasks", value="missing or not a list"))
    fields = labelstudio.labeling_fields(body.get("label_config"))
    texts = [labelstudio.task_text(task, fields, where=f"task {n}")
             for n, task in enumerate(body["tasks"], 1)]
    check_size(texts, limits)
    return fields, texts


# ---------------------------------------------------------------------------------
# the application


def create_app(nlp=None, *, limits: Optional[ServeLimits] = None, model: Optional[str] = None,
               workers: int = 0):
    """The ASGI application.

    Given a loaded pipeline ``nlp``, requests are tagged with it in this process, one at a
    time (``workers`` is then not used). Otherwise, with ``workers`` ≥ 1, by that many worker
    processes, each loading ``model`` (default: the installed one) at startup (``tagger
    serve``); with ``workers`` = 0, by ``tagger.load(model)`` in this process.
    """
    try:
        from fastapi import FastAPI, Request
        from fastapi.responses import JSONResponse, Response
    except ImportError as err:
        raise TaggerError(Errors.E017.format(package='"tagger[serve]"',
                                             feature="tagger serve")) from err
    from contextlib import asynccontextmanager

    from ..write import dumps

    limits = limits or ServeLimits()
    state: Dict[str, Any] = {}

    @asynccontextmanager
    async def lifespan(app):
        from ..api import load

        if workers > 0 and nlp is None:
            backend = ProcessPool(model, workers, limits.timeout_s)
        else:
            backend = InProcess(nlp if nlp is not None else load(model), limits.timeout_s)
        state["workers"] = backend.workers if isinstance(backend, ProcessPool) else 1
        meta = await backend.start()
        info = model_info(meta)
        state.update(backend=backend, info=info, scores=labelstudio.label_scores(meta),
                     model_version=f"{info['model']}@tagger-{__version__}")
        try:
            yield
        finally:
            backend.close()

    app = FastAPI(title="tagger", version=__version__, lifespan=lifespan,
                  description="Chinese news tagging and a Label Studio ML backend.")

    @app.exception_handler(RequestError)
    async def _refused(request: Request, err: RequestError):
        return JSONResponse({"error": str(err)}, status_code=err.status)

    @app.exception_handler(TaggerError)
    async def _bad_input(request: Request, err: TaggerError):
        return JSONResponse({"error": str(err)}, status_code=400)

    def json_response(content: Dict[str, Any]) -> Response:
        """JSON encoded once, in C (FastAPI would walk the records in Python first)."""
        return Response(dumps(content), media_type="application/json")

    @app.get("/health")
    async def health() -> Dict[str, Any]:
        """Label Studio's health check: ``UP`` once the model is loaded."""
        return {"status": "UP", "model_class": "tagger", "model_version": state["model_version"]}

    @app.get("/version")
    async def version() -> Dict[str, Any]:
        """Package and model versions (the ``tagger`` field of every record)."""
        import spacy

        return {**state["info"], "spacy": spacy.__version__, "model_version": state["model_version"],
                "limits": asdict(limits), "workers": state["workers"]}

    @app.post("/tag")
    async def tag(request: Request):
        """Tag a page (``text``) or articles (``records``); JSON, or JSONL if asked for."""
        job = tag_request(await read_json(request, limits), limits)
        records = await state["backend"].records(job)
        if "application/x-ndjson" in request.headers.get("accept", "") or \
                "application/jsonl" in request.headers.get("accept", ""):
            return Response("".join(dumps(r) + "\n" for r in records),
                            media_type="application/x-ndjson")
        return json_response({"records": records})

    @app.post("/setup")
    async def setup(request: Request) -> Dict[str, Any]:
        """Label Studio connects a project: check its labeling config, name the model."""
        body = await read_json(request, limits)
        schema = body.get("schema") if isinstance(body, dict) else None
        if schema:
            labelstudio.labeling_fields(schema)
        return {"model_version": state["model_version"]}

    @app.post("/predict")
    async def predict(request: Request):
        """Pre-annotations for Label Studio tasks, one prediction per task, in order."""
        fields, texts = predict_request(await read_json(request, limits), limits)
        model_version = state["model_version"]
        records = await state["backend"].records(Job("tasks", texts, (), len(texts)))
        results = [labelstudio.prediction(r, text, fields, model_version=model_version,
                                          scores=state["scores"])
                   if r.get("kind") == "article" else
                   {"result": [], "score": None, "model_version": model_version}
                   for r, text in zip(records, texts)]
        return json_response({"results": results, "model_version": model_version})

    @app.post("/webhook")
    async def webhook(request: Request) -> Dict[str, Any]:
        """Label Studio's events (annotation created, training started): acknowledged.

        The model is not trained from the service; corrected annotations become gold
        through ``tagger import`` and models through ``tagger train``."""
        body = await read_json(request, limits)
        action = body.get("action") if isinstance(body, dict) else None
        return {"status": "ok", "action": action, "trained": False}

    @app.get("/versions")
    async def versions() -> Dict[str, Any]:
        """The model versions this backend offers (one)."""
        return {"versions": [state["model_version"]]}

    return app


SERVE_ENV = "TAGGER_SERVE_SETTINGS"


def app_from_env():
    """The application ``tagger serve`` runs, set up from ``TAGGER_SERVE_SETTINGS``."""
    import os

    settings = json.loads(os.environ.get(SERVE_ENV) or "{}")
    return create_app(model=settings.get("model"), limits=ServeLimits(**settings.get("limits", {})),
                      workers=settings.get("workers", 1))
