package com.harufilm.bootstrap.api.playable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU a process used, from /proc/PID/stat: its own (utime + stime) and that of its children it has
 * reaped (cutime + cstime), which is where the ffmpeg runs a worker waited for show up.
 */
record ProcessCpu(double ownSeconds, double childrenSeconds) {

    /** USER_HZ: the unit of those fields; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    static ProcessCpu of(long pid) throws IOException {
        return read(Path.of("/proc", Long.toString(pid), "stat"));
    }

    static ProcessCpu ofThisProcess() throws IOException {
        return read(Path.of("/proc", "self", "stat"));
    }

    private static ProcessCpu read(Path stat) throws IOException {
        String line = Files.readString(stat);
        // The command name (field 2) is in parentheses and may hold spaces; fields 14-17 follow it.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        long cutime = Long.parseLong(fields[13]);
        long cstime = Long.parseLong(fields[14]);
        return new ProcessCpu((utime + stime) / TICKS_PER_SECOND, (cutime + cstime) / TICKS_PER_SECOND);
    }

    ProcessCpu since(ProcessCpu earlier) {
        return new ProcessCpu(ownSeconds - earlier.ownSeconds, childrenSeconds - earlier.childrenSeconds);
    }

    double total() {
        return ownSeconds + childrenSeconds;
    }
}
