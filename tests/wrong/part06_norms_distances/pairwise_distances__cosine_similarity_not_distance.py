_solved_pairwise_distances = pairwise_distances


def pairwise_distances(X, Y, metric="euclidean"):
    distances = _solved_pairwise_distances(X, Y, metric)
    if metric == "cosine":
        return 1.0 - distances
    return distances
