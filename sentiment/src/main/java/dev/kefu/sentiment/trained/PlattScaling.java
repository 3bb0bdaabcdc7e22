package dev.kefu.sentiment.trained;

/**
 * Platt scaling: the probability of the positive class as a logistic function {@code 1 / (1 +
 * exp(-(a·z + b)))} of a model's log-odds {@code z}, fitted on held-out predictions with Platt's
 * smoothed targets so that a few perfectly separated examples do not make it overconfident.
 */
record PlattScaling(double a, double b) {

    private static final int ITERATIONS = 100;

    double probability(double logOdds) {
        return 1 / (1 + Math.exp(-(a * logOdds + b)));
    }

    /** Fits {@code a} and {@code b} by Newton's method on the log-loss of {@code positive[i]} given {@code logOdds[i]}. */
    static PlattScaling fit(double[] logOdds, boolean[] positive) {
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        int negatives = positive.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("calibration needs positive and negative examples");
        }
        double high = (positives + 1.0) / (positives + 2.0);
        double low = 1.0 / (negatives + 2.0);
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < logOdds.length; i++) {
                double p = 1 / (1 + Math.exp(-(a * logOdds[i] + b)));
                double error = p - (positive[i] ? high : low);
                double weight = p * (1 - p);
                ga += error * logOdds[i];
                gb += error;
                haa += weight * logOdds[i] * logOdds[i];
                hab += weight * logOdds[i];
                hbb += weight;
            }
            double determinant = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / determinant;
            double db = (haa * gb - hab * ga) / determinant;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new PlattScaling(a, b);
    }
}
