# Mistake: Returns the (k, m) transpose, one row per row of Y, instead of one row per row of X.
# Clue: expected shape
_solved_pairwise_distances = pairwise_distances


def pairwise_distances(X, Y, metric="euclidean"):
    return _solved_pairwise_distances(X, Y, metric).T
