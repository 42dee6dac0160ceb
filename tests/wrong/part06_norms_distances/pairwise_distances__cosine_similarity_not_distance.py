# Mistake: Returns the cosine similarity instead of the cosine distance, 1 minus the similarity.
# Clue: 1 minus the cosine
_solved_pairwise_distances = pairwise_distances


def pairwise_distances(X, Y, metric="euclidean"):
    distances = _solved_pairwise_distances(X, Y, metric)
    if metric == "cosine":
        return 1.0 - distances
    return distances
