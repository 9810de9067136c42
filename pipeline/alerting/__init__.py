"""Alerting subscribers: pure rule matching (rules, conditions) and the Kafka/HTTP edges."""
