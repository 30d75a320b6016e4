#!/usr/bin/env python3
"""The peer: statsmodels on the same CSV, the same models as `together impact analyze` — for each
outcome, OLS on arm dummies and Lin's regression (arms, centred x and segment dummies, and their
interactions: 12 columns), both with HC2 — and the difference in means. Writes the estimates as JSON.

usage: statsmodels_run.py data.csv out.json
"""
import json, sys
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats


def main():
    d = pd.read_csv(sys.argv[1])
    arm, seg, x = d["arm"].to_numpy(), d["seg"].to_numpy(), d["x"].to_numpy()
    arms = [1, 2]
    D = np.column_stack([np.ones(len(d))] + [(arm == t).astype(float) for t in arms])
    covs = np.column_stack([x] + [(seg == s).astype(float) for s in [1, 2]])
    C = covs - covs.mean(axis=0)
    XL = np.column_stack([D, C] + [D[:, [k]] * C for k in (1, 2)])
    out = {"ols_hc2": [], "lin": [], "difference_in_means": []}
    for name in ["likert", "pledge"]:
        y = d[name].to_numpy(dtype=float)
        for key, X in (("ols_hc2", D), ("lin", XL)):
            fit = sm.OLS(y, X).fit(cov_type="HC2", use_t=True)
            for k, t in enumerate(arms, start=1):
                out[key].append(dict(outcome=name, arm=t, estimate=float(fit.params[k]), se=float(fit.bse[k])))
        for t in arms:
            y1, y0 = y[arm == t], y[arm == 0]
            out["difference_in_means"].append(dict(outcome=name, arm=t, estimate=float(y1.mean() - y0.mean()),
                                                   se=float(np.sqrt(y1.var(ddof=1) / len(y1) + y0.var(ddof=1) / len(y0)))))
    json.dump(out, open(sys.argv[2], "w"))


if __name__ == "__main__":
    main()
