package iq.cpf.awareness.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the items, which page it is (from 0), its size, and how many there are in
 * all.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<? super T, R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
