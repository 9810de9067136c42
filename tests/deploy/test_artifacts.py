"""deploy/: Dockerfile, compose stack and Kubernetes manifests, checked without Docker.

No Docker engine or cluster here, so: the linters and schema validators operators
would run (hadolint, the Compose specification, kubernetes-validate), the key fields
asserted, and every command the artifacts start parsed by newswire's real CLI; the
image's HEALTHCHECK is run against a real worker.
"""

from __future__ import annotations

import fnmatch
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_support import require_prometheus

from pipeline.alerting.rules import parse_rules_text
from pipeline.cli import build_parser
from pipeline.settings import Settings

from kafka_support import running_worker, worker_env

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
DOCKERFILE = DEPLOY / "Dockerfile"
COMPOSE = DEPLOY / "compose" / "docker-compose.yml"
K8S = DEPLOY / "k8s"
BIN = Path(sys.executable).parent
K8S_VERSION = "1.30.0"  # the oldest Kubernetes the manifests promise to work on
CRD_KINDS = {"PodMonitor", "ScaledObject", "TriggerAuthentication", "Kustomization"}


def _run(*args: str | Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)  # fmt: skip


def _instructions() -> list[tuple[str, str]]:
    """The Dockerfile as (INSTRUCTION, arguments), continuation lines joined."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def _parses(args: list[str]) -> None:
    """``newswire ARGS`` is accepted by the real command line (argparse exits otherwise)."""
    parsed = build_parser().parse_args(args)
    assert callable(parsed.func), args


# --- Dockerfile -------------------------------------------------------------------------


def test_dockerfile_is_hadolint_clean() -> None:
    done = _run(BIN / "hadolint", DOCKERFILE)
    assert done.returncode == 0, done.stdout + done.stderr


def test_dockerfile_is_multi_stage_slim_non_root_with_entrypoint_and_healthcheck() -> None:
    steps = _instructions()
    froms = [rest for word, rest in steps if word == "FROM"]
    assert len(froms) >= 2 and all(" AS " in f.upper() for f in froms)
    base = dict(re.findall(r"^ARG (\w+)=(\S+)", DOCKERFILE.read_text(), re.M))
    assert re.fullmatch(r"python:3\.1[1-9]-slim(-\w+)?", base["PYTHON_IMAGE"])
    users = [rest for word, rest in steps if word == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert ("ENTRYPOINT", '["newswire"]') in steps
    _parses(json.loads(dict(steps)["CMD"]))
    health = dict(steps)["HEALTHCHECK"]
    assert "/healthz" in health and "CMD [" in health


def test_every_copied_path_exists_and_survives_dockerignore() -> None:
    patterns = [
        p.strip() for p in (REPO / ".dockerignore").read_text().splitlines()
        if p.strip() and not p.startswith("#")
    ]  # fmt: skip

    def ignored(path: str) -> bool:  # Docker's rule: the last matching pattern wins
        verdict = False
        for pattern in patterns:
            negate = pattern.startswith("!")
            pat = pattern.lstrip("!").rstrip("/")
            parts = path.split("/")
            prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
            if any(fnmatch.fnmatch(p, pat) or fnmatch.fnmatch(p, pat.replace("**/", ""))
                   for p in prefixes):  # fmt: skip
                verdict = not negate
        return verdict

    sources = [
        src
        for word, rest in _instructions()
        if word == "COPY" and "--from=" not in rest
        for src in rest.split()[:-1]
    ]
    assert sources
    for src in sources:
        assert (REPO / src).exists(), src
        assert not ignored(src), f"{src} is excluded by .dockerignore"
    for bulky_or_secret in (".venv/bin/python", "run/kafka-1node", "deploy/local/lib/x.jar",
                            ".git/config", "deploy/compose/secrets/ca.pem", "tests/conftest.py",
                            "pipeline/__pycache__/cli.cpython-311.pyc"):  # fmt: skip
        assert ignored(bulky_or_secret), bulky_or_secret


@pytest.mark.integration
def test_image_healthcheck_passes_on_a_live_worker_and_fails_on_a_dead_port(
    pipeline_env: dict[str, str], pipeline_settings: Settings, tmp_path: Path
) -> None:
    command = json.loads(dict(_instructions())["HEALTHCHECK"].split("CMD", 1)[1])
    assert command[0] == "python"
    command[0] = sys.executable
    with running_worker(worker_env(pipeline_env), tmp_path) as worker:
        env = worker_env({}, NEWSWIRE_HTTP_PORT=str(worker.port))
        alive = subprocess.run(command, env=env, capture_output=True, timeout=30)
    dead = subprocess.run(command, env=env, capture_output=True, timeout=30)
    assert alive.returncode == 0, alive.stderr
    assert dead.returncode != 0


# --- docker compose ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return data


def test_compose_file_matches_the_compose_specification(tmp_path: Path) -> None:
    check = BIN / "check-jsonschema"
    done = _run(check, "--builtin-schema", "vendor.compose-spec", COMPOSE)
    assert done.returncode == 0, done.stdout + done.stderr
    broken = tmp_path / "docker-compose.yml"
    broken.write_text(COMPOSE.read_text().replace("    stop_grace_period: 90s",
                                                  "    stop_grace_period: [90s]"))  # fmt: skip
    assert _run(check, "--builtin-schema", "vendor.compose-spec", broken).returncode != 0


def _newswire_services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        name: svc for name, svc in compose["services"].items()
        if str(svc.get("image", "")).startswith("${NEWSWIRE_IMAGE")
    }  # fmt: skip


def test_compose_runs_kraft_kafka_topics_workers_feeder_ingest_alerter_and_monitoring(
    compose: dict[str, Any],
) -> None:
    services = compose["services"]
    kafka = services["kafka"]
    assert re.fullmatch(r"apache/kafka:4\.\d+\.\d+", kafka["image"])
    assert kafka["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
    mine = _newswire_services(compose)
    commands = {name: svc["command"] for name, svc in mine.items()}
    assert commands["topics"] == ["topics"]
    assert commands["worker"] == ["worker"]
    assert commands["feeder"][:2] == ["feed", "rss"]
    assert commands["ingest"][0] == "serve-ingest"
    assert commands["alerter"][:3] == ["alert", "--rules", "/etc/newswire/rules/alerts.yaml"]
    for name, command in commands.items():
        _parses([re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", c) for c in command])
        env = mine[name].get("environment") or {}
        assert env["NEWSWIRE_HTTP_HOST"] == "0.0.0.0", name
    worker = services["worker"]
    assert str(worker["deploy"]["replicas"]).startswith("${NEWSWIRE_WORKERS")
    assert int(worker["stop_grace_period"].rstrip("s")) > 60
    assert services["topics"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert worker["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    assert services["prometheus"]["image"].startswith("prom/prometheus:")
    assert services["grafana"]["image"].startswith("grafana/grafana:")
    for name, svc in services.items():  # published ports stay on the host's loopback
        for port in svc.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), (name, port)


def test_compose_mounts_exist(compose: dict[str, Any]) -> None:
    for name, svc in compose["services"].items():
        for volume in svc.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (COMPOSE.parent / source).resolve().exists(), (name, source)


def test_compose_prometheus_uses_the_projects_rules_and_job_names(
    compose: dict[str, Any],
) -> None:
    config_path = DEPLOY / "compose" / "prometheus.yml"
    require_prometheus()
    done = _run("promtool", "check", "config", config_path)
    assert done.returncode == 0, done.stdout + done.stderr
    config = yaml.safe_load(config_path.read_text())
    rules = [(config_path.parent / r).resolve() for r in config["rule_files"]]
    assert rules == [DEPLOY / "prometheus" / "alerts.yml"]
    project = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    jobs = {j["job_name"] for j in config["scrape_configs"]}
    assert jobs == {j["job_name"] for j in project["scrape_configs"]}
    mounts = compose["services"]["prometheus"]["volumes"]
    assert "../prometheus:/etc/newswire/prometheus:ro" in mounts
    assert "./prometheus.yml:/etc/newswire/compose/prometheus.yml:ro" in mounts


def test_compose_grafana_datasource_is_the_one_the_dashboard_uses() -> None:
    source = yaml.safe_load((DEPLOY / "compose" / "grafana-datasource.yml").read_text())
    dashboard = json.loads((DEPLOY / "grafana" / "dashboards" / "newswire.json").read_text())
    uids = {p["datasource"]["uid"] for p in dashboard["panels"] if "datasource" in p}
    assert uids == {source["datasources"][0]["uid"]}
    assert source["datasources"][0]["url"] == "http://prometheus:9090"


# --- Kubernetes -------------------------------------------------------------------------


def _documents() -> Iterator[tuple[Path, dict[str, Any]]]:
    for path in sorted(K8S.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if doc:
                yield path, doc


@pytest.fixture(scope="module")
def k8s() -> dict[tuple[str, str], dict[str, Any]]:
    return {(d["kind"], d["metadata"]["name"]): d for _, d in _documents() if "metadata" in d}


def test_builtin_kinds_validate_against_kubernetes_schemas(tmp_path: Path) -> None:
    files = sorted({p for p, d in _documents() if d["kind"] not in CRD_KINDS})
    assert len(files) >= 8
    validate = BIN / "kubernetes-validate"
    done = _run(validate, "--strict", "--quiet", "-k", K8S_VERSION, *files)
    assert done.returncode == 0, done.stdout + done.stderr
    broken = tmp_path / "worker.yaml"
    broken.write_text(
        (K8S / "worker-deployment.yaml").read_text().replace("  replicas:", "  replica:")
    )
    assert _run(validate, "--strict", "--quiet", "-k", K8S_VERSION, broken).returncode != 0


def test_kustomization_lists_every_manifest_but_the_secret_example() -> None:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    listed = set(kustomization["resources"])
    present = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml", "secret.example.yaml"}
    assert listed == present


def _container(deployment: dict[str, Any]) -> dict[str, Any]:
    containers: list[dict[str, Any]] = deployment["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    return containers[0]


def _env(container: dict[str, Any]) -> dict[str, Any]:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container.get("env", [])}


def test_worker_deployment(k8s: dict[tuple[str, str], dict[str, Any]]) -> None:
    deployment = k8s[("Deployment", "newswire-worker")]
    pod = deployment["spec"]["template"]["spec"]
    worker = _container(deployment)
    assert deployment["spec"]["replicas"] >= 2
    assert worker["args"] == ["worker"]
    _parses(worker["args"])
    assert worker["ports"] == [{"name": "http", "containerPort": 6066, "protocol": "TCP"}]
    assert worker["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert worker["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    for kind in ("requests", "limits"):
        assert set(worker["resources"][kind]) == {"cpu", "memory"}
    assert pod["terminationGracePeriodSeconds"] > 60  # the worker's shutdown bound
    env = _env(worker)
    assert env["NEWSWIRE_HTTP_HOST"] == "0.0.0.0"
    for name in ("KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD"):
        assert env[name]["secretKeyRef"]["name"] == "newswire-kafka-worker"
    assert worker["envFrom"] == [{"configMapRef": {"name": "newswire-config"}}]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert worker["securityContext"]["readOnlyRootFilesystem"] is True
    mounts = {m["mountPath"] for m in worker["volumeMounts"]}
    config = k8s[("ConfigMap", "newswire-config")]["data"]
    assert str(Path(config["KAFKA_SSL_CAFILE"]).parent) in mounts
    assert config["NEWSWIRE_DATA_DIR"] in mounts


def test_config_map_holds_no_secret_and_speaks_sasl_ssl(
    k8s: dict[tuple[str, str], dict[str, Any]],
) -> None:
    config = k8s[("ConfigMap", "newswire-config")]["data"]
    assert config["KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
    assert config["KAFKA_SASL_MECHANISM"] == "SCRAM-SHA-512"
    assert not {k for k in config if "PASSWORD" in k or "TOKEN" in k}
    assert all(isinstance(v, str) for v in config.values())


def test_feeder_and_alerter_deployments(k8s: dict[tuple[str, str], dict[str, Any]]) -> None:
    feeder = k8s[("Deployment", "newswire-feeder")]
    assert feeder["spec"]["replicas"] == 1 and feeder["spec"]["strategy"]["type"] == "Recreate"
    alerter = k8s[("Deployment", "newswire-alerter")]
    for deployment, secret in ((feeder, "newswire-kafka-feeder"),
                               (alerter, "newswire-kafka-alerter")):  # fmt: skip
        container = _container(deployment)
        _parses(container["args"])
        assert _env(container)["KAFKA_SASL_PASSWORD"]["secretKeyRef"]["name"] == secret
        assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
        metrics_port = container["args"][container["args"].index("--metrics-port") + 1]
        assert container["ports"][0]["containerPort"] == int(metrics_port)
    rules = k8s[("ConfigMap", "newswire-alert-rules")]["data"]["alerts.yaml"]
    assert parse_rules_text(rules, "newswire-alert-rules").rules
    job = k8s[("Job", "newswire-topics")]
    _parses(_container(job)["args"])


def test_pod_disruption_budget_and_service(k8s: dict[tuple[str, str], dict[str, Any]]) -> None:
    selector = {"app.kubernetes.io/name": "newswire-worker"}
    pdb = k8s[("PodDisruptionBudget", "newswire-worker")]["spec"]
    assert pdb["maxUnavailable"] == 1 and pdb["selector"]["matchLabels"] == selector
    service = k8s[("Service", "newswire-worker")]["spec"]
    assert service["selector"] == selector and service["ports"][0]["targetPort"] == "http"


def test_pod_monitor_and_keda_scaled_object(k8s: dict[tuple[str, str], dict[str, Any]]) -> None:
    monitor = k8s[("PodMonitor", "newswire")]
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
    assert monitor["spec"]["jobLabel"] == "app.kubernetes.io/name"
    assert monitor["spec"]["podMetricsEndpoints"] == [
        {"port": "http", "path": "/metrics", "interval": "15s"}
    ]
    pod_names = {
        d["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/name"]
        for (kind, _), d in k8s.items() if kind == "Deployment"
    }  # fmt: skip
    assert pod_names == set(monitor["spec"]["selector"]["matchExpressions"][0]["values"])
    alerts = (DEPLOY / "prometheus" / "alerts.yml").read_text()
    assert 'job="newswire-worker"' in alerts and "newswire-worker" in pod_names

    scaled = k8s[("ScaledObject", "newswire-worker")]["spec"]
    config = k8s[("ConfigMap", "newswire-config")]["data"]
    assert scaled["scaleTargetRef"]["name"] == "newswire-worker"
    assert scaled["maxReplicaCount"] == int(config["NEWSWIRE_PARTITIONS"])
    (trigger,) = scaled["triggers"]
    meta = trigger["metadata"]
    assert trigger["type"] == "kafka"
    assert meta["consumerGroup"] == config["NEWSWIRE_GROUP_ID"]
    assert meta["topic"] == "news.articles.raw"
    assert meta["bootstrapServers"] == config["KAFKA_BOOTSTRAP_SERVERS"]
    assert (meta["sasl"], meta["tls"]) == ("scram_sha512", "enable")
    auth = k8s[("TriggerAuthentication", trigger["authenticationRef"]["name"])]["spec"]
    assert {r["parameter"] for r in auth["secretTargetRef"]} == {"username", "password", "ca"}


# --- README -----------------------------------------------------------------------------


def test_readme_runbook_covers_every_alert() -> None:
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Running in production", 1)[1].split("\n## ", 1)[0]
    alerts = re.findall(r"^\s*- alert: (\w+)", (DEPLOY / "prometheus" / "alerts.yml").read_text(),
                        re.M)  # fmt: skip
    assert alerts
    missing = [a for a in alerts if a not in section]
    assert not missing, f"no runbook entry for {missing}"
    for needle in ("kubectl apply -k deploy/k8s", "make bench", "partitions"):
        assert needle in section
