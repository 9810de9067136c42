"""The feeders' edge: RSS/Atom polling, feed state, and acknowledged publishing of raw articles."""
