/**
 * The token families the page knows, as React context: the shipped registry unless a test
 * (or a future plug-in loader) provides another. Forms, labels and lists read it here.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { defaultRegistry, type FamilyRegistry } from '../../../shared/families/registry';

const RegistryContext = createContext<FamilyRegistry>(defaultRegistry);

export function RegistryProvider({ registry, children }: { registry: FamilyRegistry; children: ReactNode }) {
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

export function useRegistry(): FamilyRegistry {
  return useContext(RegistryContext);
}
