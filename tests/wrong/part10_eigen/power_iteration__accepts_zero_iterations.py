# Mistake: Quietly turns num_iters = 0 into 1 and a negative tol into its absolute value instead of
#   raising ValueError.
# Clue: integer >= 1
_solved_power_iteration = power_iteration


def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    return _solved_power_iteration(A, max(int(num_iters), 1), abs(tol), seed)
