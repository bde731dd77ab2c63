package com.harufilm.application.port.out.archsample;

/** Breaks portsAreInterfaces: a port written as a class. */
public class ClassPort {
}
