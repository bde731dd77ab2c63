package com.harufilm.bootstrap.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.port.out.MultipartUploads;
import com.harufilm.application.port.out.ObjectRemoval;
import com.harufilm.application.port.out.ObjectStore;
import com.harufilm.application.port.out.SignedLinks;
import dagger.Binds;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The worker moves objects in and out, nothing more: no module of its component binds an upload, link or removal port. */
class WorkerStoreBindingTest {

    @Test
    void theWorkerIsGivenTheObjectStoreAndNoOtherPortOfTheStore() {
        Set<Class<?>> bound = new HashSet<>();
        Arrays.stream(WorkerComponent.class.getAnnotation(Component.class).modules()).forEach(module -> collect(module, bound));

        List<Class<?>> storePorts = List.of(ObjectStore.class, MultipartUploads.class, SignedLinks.class, ObjectRemoval.class);
        assertEquals(List.of(ObjectStore.class), storePorts.stream().filter(bound::contains).toList());
    }

    /** What the module and the modules it includes bind. */
    private static void collect(Class<?> module, Set<Class<?>> bound) {
        Stream.of(module.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Provides.class) || method.isAnnotationPresent(Binds.class))
                .map(Method::getReturnType)
                .forEach(bound::add);
        Arrays.stream(module.getAnnotation(Module.class).includes()).forEach(included -> collect(included, bound));
    }
}
