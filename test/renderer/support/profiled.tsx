/**
 * Wrap a component in a React <Profiler> that counts the commits of its subtree, keeping the
 * component's own memo (and its comparison) and ref forwarding, so the wrapper re-renders
 * exactly when the component would. Used from `vi.mock` factories: the screen renders the
 * wrapped components without knowing it.
 */
import { createElement, forwardRef, memo, Profiler, type ReactNode } from 'react';

const MEMO = Symbol.for('react.memo');
const FORWARD_REF = Symbol.for('react.forward_ref');

type Counts = Map<string, number>;
interface Exotic {
  $$typeof?: symbol;
  type?: unknown;
  compare?: ((a: object, b: object) => boolean) | null;
}

export function profiled<T>(id: string, component: T, counts: Counts): T {
  const onRender = () => counts.set(id, (counts.get(id) ?? 0) + 1);
  const probe = (children: ReactNode) => (
    <Profiler id={id} onRender={onRender}>
      {children}
    </Profiler>
  );
  const exotic = component as Exotic;
  if (exotic.$$typeof === MEMO) {
    return memo(profiled(id, exotic.type, counts) as never, exotic.compare ?? undefined) as T;
  }
  if (exotic.$$typeof === FORWARD_REF) {
    const wrapped = forwardRef<unknown, object>((props, ref) => probe(createElement(component as never, { ...props, ref })));
    wrapped.displayName = `Profiled(${id})`;
    return wrapped as T;
  }
  const wrapped = (props: object) => probe(createElement(component as never, props));
  wrapped.displayName = `Profiled(${id})`;
  return wrapped as T;
}
