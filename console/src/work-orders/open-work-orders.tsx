import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useId, useState } from 'react';
import { workOrdersPageSize } from '../config';
import { formatCount } from '../format';
import { useI18n } from '../i18n';
import { PanelHeader } from '../panel-header';
import { OpenWorkOrdersDocument } from './open-work-orders.graphql';
import { WorkOrdersTable } from './work-orders-table';

export function OpenWorkOrders() {
  const { language, locale, messages } = useI18n();
  const text = messages.openWorkOrders;
  const headingId = useId();
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(OpenWorkOrdersDocument, {
    variables: { first: workOrdersPageSize, locale },
    // Lets the Load more button show progress while the next page is on its way.
    notifyOnNetworkStatusChange: true,
  });

  const connection = data?.workOrders;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  async function loadMore(endCursor: string) {
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (caught) {
      // The rows already shown stay useful; report the failure beside the button.
      setLoadMoreError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  function retry() {
    // The error state re-renders from the hook's result; the promise's rejection
    // carries nothing more.
    refetch().catch(() => {});
  }

  let body: ReactNode;
  if (error && !connection) {
    body = (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{text.errorTitle}</p>
        <p className="notice__detail">{error.message}</p>
        <button type="button" className="button" onClick={retry}>
          {text.retry}
        </button>
      </div>
    );
  } else if (!connection) {
    body = (
      <p className="notice notice--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {text.loading}
      </p>
    );
  } else if (connection.edges.length === 0) {
    body = (
      <div className="notice">
        <p className="notice__title">{text.empty}</p>
        <p className="notice__detail">{text.emptyHint}</p>
      </div>
    );
  } else {
    const { endCursor, hasNextPage } = connection.pageInfo;
    body = (
      <>
        <WorkOrdersTable workOrders={connection.edges.map((edge) => edge.node)} />
        <div className="list-footer">
          <p className="list-footer__progress" role="status">
            {text.showing(
              formatCount(connection.edges.length, language),
              formatCount(connection.totalCount, language),
            )}
          </p>
          {hasNextPage && endCursor ? (
            <button
              type="button"
              className="button"
              // aria-disabled rather than disabled: a disabled button drops keyboard focus.
              onClick={() => {
                if (!loadingMore) void loadMore(endCursor);
              }}
              aria-disabled={loadingMore}
            >
              {loadingMore ? text.loadingMore : text.loadMore}
            </button>
          ) : null}
        </div>
        {loadMoreError ? (
          <p className="notice notice--error notice--inline" role="alert">
            {loadMoreError}
          </p>
        ) : null}
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <PanelHeader headingId={headingId} title={text.heading} description={text.description}>
        {connection ? (
          <p className="total-count" data-testid="open-work-orders-total">
            {text.total(connection.totalCount, formatCount(connection.totalCount, language))}
          </p>
        ) : null}
      </PanelHeader>
      {body}
    </section>
  );
}
