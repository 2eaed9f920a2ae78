/**
 * Loaded into the benchmark's server with `--import` when `npm run bench -- --profile`: the first
 * SIGUSR2 starts Node's sampling CPU profiler in this process, the next one stops it and writes
 * the profile to $BENCH_PROFILE_DIR/<pid>-<n>.cpuprofile (Chrome DevTools opens it). Profiling
 * only between the two signals keeps start-up and sign-in out of a page's profile.
 */
import { renameSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";

const directory = process.env.BENCH_PROFILE_DIR;
if (directory) {
  const session = new Session();
  session.connect();
  const post = (method, params) =>
    new Promise((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  let running = false;
  let count = 0;
  process.on("SIGUSR2", async () => {
    try {
      if (!running) {
        running = true;
        await post("Profiler.enable");
        await post("Profiler.setSamplingInterval", { interval: 250 });
        await post("Profiler.start");
      } else {
        running = false;
        const { profile } = await post("Profiler.stop");
        count += 1;
        const file = path.join(directory, `${process.pid}-${count}.cpuprofile`);
        // Renamed once complete: the bench waits for the final name.
        writeFileSync(`${file}.partial`, JSON.stringify(profile));
        renameSync(`${file}.partial`, file);
      }
    } catch (error) {
      console.error("[profiler-hook]", error);
    }
  });
}
