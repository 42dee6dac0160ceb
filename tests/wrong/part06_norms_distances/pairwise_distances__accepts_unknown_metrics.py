# Mistake: Falls back to the Euclidean metric for any unknown name instead of raising ValueError.
# Clue: the metric one of
_solved_pairwise_distances = pairwise_distances


def pairwise_distances(X, Y, metric="euclidean"):
    if metric not in ("manhattan", "cosine"):
        metric = "euclidean"
    return _solved_pairwise_distances(X, Y, metric)
