"""Model control: the catalog of providers and models, the model policy of allowlists, routing,
token estimates and usage, and budgets. Used by the model proxy (``arbiter.api.model_proxy``)."""
