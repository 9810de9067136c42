"""Every exception newswire raises on purpose, in one place.

NewswireError            base: the CLI prints its message on one line, exit 1
├── ConfigError          a setting or a command-line value is wrong
├── InputError           an input file or record cannot be read
└── BrokerError          Kafka cannot be reached or refused a request
    └── AuthError        credentials or TLS were rejected
"""

from __future__ import annotations


class NewswireError(Exception):
    """Base of all deliberate errors; the message is meant for a person."""


class ConfigError(NewswireError):
    """A setting (environment variable) or command-line value is invalid."""


class InputError(NewswireError):
    """An input file, line or record cannot be read or parsed."""


class BrokerError(NewswireError):
    """Kafka is unreachable or refused a request."""


class AuthError(BrokerError):
    """Kafka rejected our credentials or TLS settings."""
