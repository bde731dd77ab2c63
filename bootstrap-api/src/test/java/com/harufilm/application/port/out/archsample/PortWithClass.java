package com.harufilm.application.port.out.archsample;

/** Breaks portsNestOnlyTheirValues: a port that nests a class; its record and enum are allowed. */
public interface PortWithClass {

    record Value(int amount) {
    }

    enum Kind { ONE }

    final class Helper {
    }
}
