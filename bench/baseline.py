"""The bare baseline: the fastest a Python worker doing our work could be.

A minimal aiokafka loop with no framework: consume raw articles, run the same
:class:`pipeline.process.Processor`, publish the events with the same
per-partition batching as the worker (acks=all), wait for the acks, commit.
``make bench`` runs it as its own process, like the worker.

    python -m bench.baseline   (configured by the same environment as the worker)
"""

from __future__ import annotations

import asyncio
import signal

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from pipeline.process import Origin, Processor
from pipeline.publish import BatchPublisher
from pipeline.settings import Settings


async def run(settings: Settings) -> None:
    processor = Processor(
        settings.topics,
        max_body_bytes=settings.max_body_bytes,
        remember=settings.remember_bodies,
    )
    consumer = AIOKafkaConsumer(
        settings.topics.raw,
        bootstrap_servers=settings.bootstrap_servers,
        group_id=settings.group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_poll_records=settings.batch_size,
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        acks="all",
        linger_ms=0,
        # As the worker's producer (pipeline.worker.PRODUCER_MAX_BATCH_BYTES; not imported
        # from there, which would load faust into the bare baseline).
        max_batch_size=524_288,
    )
    await consumer.start()
    await producer.start()
    publisher = BatchPublisher(producer)
    print("ready", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=200, max_records=settings.batch_size)
            records = []
            for tp, messages in batches.items():
                for m in messages:
                    result = processor(m.value, Origin(tp.topic, tp.partition, m.offset, m.key))
                    records.extend(result.records)
            if records:
                await asyncio.gather(*await publisher.publish(records))
            if batches:
                await consumer.commit()
    finally:
        await consumer.stop()
        await producer.stop()


if __name__ == "__main__":
    asyncio.run(run(Settings.from_env()))
