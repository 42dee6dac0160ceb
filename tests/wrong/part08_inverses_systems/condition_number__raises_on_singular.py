# Mistake: Inverts A, which raises LinAlgError for a singular matrix instead of returning infinity.
# Clue: squashed to nothing
def condition_number(A):
    A = _square_matrix(A)
    return float(np.linalg.norm(A, 2) * np.linalg.norm(np.linalg.inv(A), 2))
