"""Wire-format adapters at the edge: model protocols in, protocol-neutral calls out (sans-IO)."""
