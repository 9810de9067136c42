"""The broker ceiling: Kafka's own perf tools with 4 KB records, on the same broker."""

from __future__ import annotations

import re
import subprocess
import uuid
from pathlib import Path
from typing import Any

from kafka.admin import NewTopic

from pipeline.kafka_clients import admin
from pipeline.settings import Settings

LIB = Path(__file__).resolve().parents[1] / "deploy" / "local" / "lib"
_PRODUCED = re.compile(
    r"(\d+) records sent, ([\d.]+) records/sec \(([\d.]+) MB/sec\), "
    r"([\d.]+) ms avg latency"
)


def run(bootstrap: str, records: int = 100_000, size: int = 4096) -> dict[str, Any]:
    topic = f"bench-ceiling-{uuid.uuid4().hex[:8]}"
    client = admin(Settings.from_env({"KAFKA_BOOTSTRAP_SERVERS": bootstrap}))
    client.create_topics([NewTopic(topic, 6, 1)])
    java = ["java", "-Xmx512m", "-cp", f"{LIB}/*"]
    try:
        produced = subprocess.run(
            [
                *java,
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic",
                topic,
                "--num-records",
                str(records),
                "--record-size",
                str(size),
                "--throughput",
                "-1",
                "--producer-props",
                f"bootstrap.servers={bootstrap}",
                "acks=all",
                "linger.ms=5",
                "batch.size=262144",
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        ).stdout
        m = _PRODUCED.findall(produced)[-1]
        consumed = subprocess.run(
            [
                *java,
                "org.apache.kafka.tools.ConsumerPerformance",
                "--bootstrap-server",
                bootstrap,
                "--topic",
                topic,
                "--messages",
                str(records),
                "--timeout",
                "60000",
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        ).stdout
        header, values = _csv_tail(consumed)
        row = dict(zip(header, values, strict=False))
        return {
            "record_bytes": size,
            "records": records,
            "produce_records_per_s": float(m[1]),
            "produce_mb_per_s": float(m[2]),
            "produce_avg_latency_ms": float(m[3]),
            "consume_records_per_s": float(row.get("nMsg.sec", "nan")),
            "consume_mb_per_s": float(row.get("MB.sec", "nan")),
        }
    finally:
        client.delete_topics([topic])
        client.close()


def _csv_tail(text: str) -> tuple[list[str], list[str]]:
    lines = [line for line in text.splitlines() if "," in line]
    header = [h.strip() for h in lines[0].split(",")]
    return header, [v.strip() for v in lines[-1].split(",")]
