import { useContext } from 'react';
import { nowSeconds } from '../../components/clock';
import { TemplateValuesContext } from '../../components/rich-text';
import { caseSummary } from '../../engine/case-summary';
import { useWizard } from './wizard-context';

export function useCaseSummary(): string {
  const { content, state, view } = useWizard();
  const values = useContext(TemplateValuesContext);
  return caseSummary({ content, state, view, values, appVersion: __APP_VERSION__, now: nowSeconds() });
}
