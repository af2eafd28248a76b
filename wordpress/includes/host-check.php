<?php
/**
 * The host check of `wcit-feed check-host` (src/cli/host-check.ts), its
 * essential part in PHP for the settings page: what members' browsers need
 * from the feed's host. Fetched by the server with wp_remote_get, as from
 * this site's origin. What differs from the CLI: it does not validate the
 * whole feed format (only that it is JSON with version 1, a letter and
 * signatories: the elements' reader has the full rules), it does not check
 * compression, revalidation or caching headers, nor a split feed's list, and
 * a server that cannot reach the host (a firewall, an intranet) reports that
 * rather than what browsers would see.
 */

defined( 'ABSPATH' ) || exit;

/** `https://example.org:8443`: scheme, host and port, as browsers compare them. */
function wcit_embed_origin( string $url ): string {
	$parts = wp_parse_url( $url );
	return strtolower( ( $parts['scheme'] ?? '' ) . '://' . ( $parts['host'] ?? '' ) ) . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
}

/**
 * Findings for the feed at $url, each [severity, topic, message]: severity
 * `error` (members' pages will not show it), `warning` or `ok`.
 */
function wcit_embed_check_host( string $url ): array {
	$found  = array();
	$origin = wcit_embed_origin( home_url() );
	$host   = (string) wp_parse_url( $url, PHP_URL_HOST );
	if ( 'https' !== strtolower( (string) wp_parse_url( $url, PHP_URL_SCHEME ) ) ) {
		$local   = in_array( $host, array( 'localhost', '127.0.0.1', '[::1]', '::1' ), true );
		$found[] = $local
			? array( 'ok', 'address', sprintf( '%s is on this computer: fine for a test, but visitors need a public https: address', $url ) )
			: array( 'error', 'address', sprintf( '%s is http:, and pages served over https: may not load it (mixed content). Publish it at an https: address.', $url ) );
	}
	$response = wp_remote_get(
		$url,
		array(
			'timeout'     => 10,
			'redirection' => 3,
			'headers'     => array( 'Origin' => $origin ),
		)
	);
	if ( is_wp_error( $response ) ) {
		$found[] = array( 'warning', 'reach', sprintf( 'This server could not reach %s (%s), so it was not checked. Visitors\' browsers may still reach it: try `wcit-feed check-host` from another computer.', $url, $response->get_error_message() ) );
		return $found;
	}
	$status = (int) wp_remote_retrieve_response_code( $response );
	if ( $status < 200 || $status > 299 ) {
		$found[] = array( 'error', 'status', sprintf( '%s answered %d %s, not 200: visitors see the fallback link instead of the letter.', $url, $status, wp_remote_retrieve_response_message( $response ) ) );
		return $found;
	}
	$found[] = array( 'ok', 'status', (string) $status );

	$cors = trim( (string) wp_remote_retrieve_header( $response, 'access-control-allow-origin' ) );
	if ( '*' === $cors || $cors === $origin ) {
		$found[] = array( 'ok', 'CORS', 'Access-Control-Allow-Origin: ' . $cors );
	} elseif ( wcit_embed_origin( $url ) === $origin ) {
		$found[] = array( 'ok', 'CORS', 'the feed is on this site, so this site may read it (other sites could not: no Access-Control-Allow-Origin)' );
	} else {
		$found[] = array( 'error', 'CORS', ( '' === $cors ? 'no Access-Control-Allow-Origin header' : 'Access-Control-Allow-Origin is ' . $cors ) . ': browsers refuse the feed to this site. Send "Access-Control-Allow-Origin: *" with it.' );
	}

	$type = (string) wp_remote_retrieve_header( $response, 'content-type' );
	$mime = strtolower( trim( explode( ';', $type )[0] ) );
	if ( 'application/json' === $mime || str_ends_with( $mime, '+json' ) ) {
		$found[] = array( 'ok', 'content type', $type );
	} else {
		$found[] = array( 'warning', 'content type', ( '' === $type ? 'no Content-Type header' : 'Content-Type is ' . $type . ', not application/json' ) . ' (a web page here usually means a wrong address or an error page).' );
	}

	$json = json_decode( wp_remote_retrieve_body( $response ), true );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		$found[] = array( 'error', 'JSON', 'the feed is not valid JSON: ' . json_last_error_msg() . '. Publish the file `wcit-feed build` wrote, unchanged.' );
	} elseif ( ! is_array( $json ) || 1 !== ( $json['version'] ?? null ) || ! is_array( $json['letter'] ?? null ) || ! is_array( $json['signatories'] ?? null ) ) {
		$found[] = array( 'error', 'format', 'this JSON is not a version 1 feed (it needs "version": 1, "letter" and "signatories"). Publish the file `wcit-feed build` wrote.' );
	} else {
		$found[] = array( 'ok', 'format', 'a version 1 feed' );
	}
	return $found;
}
