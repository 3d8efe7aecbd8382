"""Claims beyond facts, for the benchmarks: the app's own code
(app/core/corroborate/figure_claims.py), named here as the benchmarks
have always named it."""

from app.core.corroborate.figure_claims import Claim, context_claims, wide_claims

__all__ = ["Claim", "context_claims", "wide_claims"]
