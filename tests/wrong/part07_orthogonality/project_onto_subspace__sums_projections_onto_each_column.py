# Mistake: Adds up the projections onto each column, which is right only when the columns are
#   orthogonal.
# Clue: sum of the projections onto each column
def project_onto_subspace(v, A):
    v, A = _vector_and_columns(v, A)
    total = np.zeros_like(v)
    for column in A.T:
        if np.any(column):
            total += (v @ column) / (column @ column) * column
    return total
