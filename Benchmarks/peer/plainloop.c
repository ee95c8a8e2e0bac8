/*
 * The "plain C loop, narrow columns, 1 thread" row of the workload's reference table, measured on this machine in the
 * same run as the engines: Q1-Q5 as straight loops over the findings held as narrow column arrays in table order
 * (no partitions, no indexes), compiled for the same baseline x86-64 as the Swift code.
 *
 *   cc -O2 -o plainloop plainloop.c && ./plainloop DATA_DIR N [REPEAT]     (prints the median ms of each query as JSON)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { TODAY = 19400, MAX_UNITS = 1 << 16, MAX_CATEGORIES = 256, MAX_TEAMS = 4096, MAX_ROUNDS = 256, MAX_DAYS = 1 << 16 };

static uint16_t *unit, *team, *found, *deadline, *closed;
static uint8_t *round_, *category, *severity, *status;
static uint8_t region_of[MAX_UNITS], top_of[MAX_CATEGORIES];
static long rows;

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static FILE *open_in(const char *dir, const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *file = fopen(path, "r");
    if (!file) { fprintf(stderr, "plainloop: cannot open %s\n", path); exit(66); }
    return file;
}

static void load(const char *dir, long n) {
    char line[512];
    FILE *units = open_in(dir, "units.csv");
    if (!fgets(line, sizeof line, units)) exit(65);
    long id, parent, region;
    while (fscanf(units, "%ld,%ld,%ld\n", &id, &parent, &region) == 3) if (id >= 0 && id < MAX_UNITS) region_of[id] = (uint8_t)region;
    fclose(units);
    FILE *categories = open_in(dir, "categories.csv");
    if (!fgets(line, sizeof line, categories)) exit(65);
    long mid, top;
    while (fscanf(categories, "%ld,%ld,%ld\n", &id, &mid, &top) == 3) if (id >= 0 && id < MAX_CATEGORIES) top_of[id] = (uint8_t)top;
    fclose(categories);

    char name[64];
    snprintf(name, sizeof name, "findings_%ld.csv", n);
    FILE *findings = open_in(dir, name);
    if (!fgets(line, sizeof line, findings)) exit(65);
    unit = malloc(n * 2); team = malloc(n * 2); found = malloc(n * 2); deadline = malloc(n * 2); closed = malloc(n * 2);
    round_ = malloc(n); category = malloc(n); severity = malloc(n); status = malloc(n);
    while (rows < n && fgets(line, sizeof line, findings)) {
        long f[11];
        char *cursor = line;
        for (int i = 0; i < 11; i++) { f[i] = strtol(cursor, &cursor, 10); cursor++; }
        round_[rows] = (uint8_t)f[1]; unit[rows] = (uint16_t)f[2]; team[rows] = (uint16_t)f[3]; category[rows] = (uint8_t)f[4];
        severity[rows] = (uint8_t)f[5]; status[rows] = (uint8_t)f[7]; found[rows] = (uint16_t)f[8];
        deadline[rows] = (uint16_t)(f[9] < 0 ? 0xFFFF : f[9]); closed[rows] = (uint16_t)(f[10] < 0 ? 0xFFFF : f[10]);
        rows++;
    }
    fclose(findings);
}

static volatile uint64_t sink;

static void q1(void) {
    static uint32_t counts[MAX_ROUNDS][4][8];
    memset(counts, 0, sizeof counts);
    for (long i = 0; i < rows; i++) counts[round_[i]][top_of[category[i]] & 3][status[i] & 7]++;
    sink += counts[1][1][1];
}

static void q2(void) {
    uint32_t total[256] = {0}, open[256] = {0}, overdue[256] = {0}, done[256] = {0};
    for (long i = 0; i < rows; i++) {
        uint8_t r = region_of[unit[i]], s = status[i];
        total[r]++;
        open[r] += s < 2;
        overdue[r] += s < 2 && deadline[i] < TODAY;
        done[r] += s == 2 || s == 3;
    }
    sink += total[1] + open[2] + overdue[3] + done[4];
}

static void q3(void) {
    static uint64_t seen[MAX_CATEGORIES][MAX_UNITS / 64];
    static uint32_t findings[MAX_CATEGORIES];
    memset(seen, 0, sizeof seen);
    memset(findings, 0, sizeof findings);
    for (long i = 0; i < rows; i++) {
        seen[category[i]][unit[i] >> 6] |= 1ULL << (unit[i] & 63);
        findings[category[i]]++;
    }
    uint64_t distinct = 0;
    for (int c = 0; c < MAX_CATEGORIES; c++) for (int w = 0; w < MAX_UNITS / 64; w++) distinct += __builtin_popcountll(seen[c][w]);
    sink += distinct + findings[1];
}

static void q4(void) {
    static uint32_t histogram[MAX_TEAMS][1024];
    memset(histogram, 0, sizeof histogram);
    for (long i = 0; i < rows; i++) {
        if (status[i] == 2 || status[i] == 3) histogram[team[i] & (MAX_TEAMS - 1)][(uint16_t)(closed[i] - found[i]) & 1023]++;
    }
    uint64_t total = 0;
    for (int t = 0; t < MAX_TEAMS; t++) {
        uint32_t n = 0;
        for (int d = 0; d < 1024; d++) n += histogram[t][d];
        uint32_t want = n ? (n - 1) / 2 : 0, seen = 0;
        for (int d = 0; d < 1024 && n; d++) { seen += histogram[t][d]; if (seen > want) { total += d; break; } }
    }
    sink += total;
}

static void q5(void) {
    uint32_t counts[256][4] = {{0}};
    for (long i = 0; i < rows; i++) if (round_[i] >= 30 && round_[i] <= 40) counts[region_of[unit[i]]][severity[i] & 3]++;
    sink += counts[1][1];
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: plainloop DATA_DIR N [REPEAT]\n"); return 64; }
    long n = atol(argv[2]);
    int repeat = argc > 3 ? atoi(argv[3]) : 7;
    if (n <= 0 || repeat <= 0 || repeat > 1000) { fprintf(stderr, "plainloop: N and REPEAT must be positive\n"); return 64; }
    load(argv[1], n);
    void (*queries[5])(void) = {q1, q2, q3, q4, q5};
    printf("{");
    for (int q = 0; q < 5; q++) {
        double times[1000];
        queries[q]();
        for (int r = 0; r < repeat; r++) { double start = now_ms(); queries[q](); times[r] = now_ms() - start; }
        qsort(times, repeat, sizeof times[0], by_value);
        printf("%s\"q%d_ms\": %.3f", q ? ", " : "", q + 1, times[(repeat - 1) / 2]);
    }
    printf(", \"rows\": %ld}\n", rows);
    return 0;
}
