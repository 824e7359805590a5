package org.diplograph.eval;

import java.util.Arrays;

/**
 * Maximum-weight assignment in a rectangular matrix: the Hungarian algorithm with potentials (Kuhn–Munkres,
 * O(n²m) for n ≤ m). CEAF needs the best one-to-one pairing of clusters; a greedy pairing can be worse, which
 * would understate CEAF.
 */
public final class Hungarian {

    private Hungarian() {
    }

    /** For each row, the column it is assigned to (-1 when there are more rows than columns and it gets none). */
    public static int[] maxWeight(double[][] weights) {
        int rows = weights.length;
        int cols = rows == 0 ? 0 : weights[0].length;
        if (rows == 0 || cols == 0) {
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return none;
        }
        if (rows > cols) {
            double[][] t = new double[cols][rows];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    t[j][i] = weights[i][j];
                }
            }
            int[] colToRow = maxWeight(t);
            int[] rowToCol = new int[rows];
            Arrays.fill(rowToCol, -1);
            for (int j = 0; j < cols; j++) {
                rowToCol[colToRow[j]] = j;
            }
            return rowToCol;
        }
        // minimise cost = -weight; 1-based arrays with a virtual column 0, as in the classic formulation
        int n = rows;
        int m = cols;
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = -weights[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] rowToCol = new int[n];
        Arrays.fill(rowToCol, -1);
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                rowToCol[p[j] - 1] = j - 1;
            }
        }
        return rowToCol;
    }
}
