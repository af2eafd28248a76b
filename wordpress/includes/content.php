<?php
/**
 * Pasted `<wcit-*>` tags: kept by kses for every role that may post, never
 * broken by wpautop, and given the script.
 */

defined( 'ABSPATH' ) || exit;

/**
 * Authors and Contributors have no unfiltered_html, so kses removed every
 * `<wcit-*>` tag at save. Allowed here with the elements' own attributes
 * (values are still checked by kses: no `javascript:` reaches an attribute
 * it treats as a URL) and what the pre-rendered snippet holds inside them.
 * Scripts stay forbidden: the plugin supplies the one that is needed.
 */
add_filter(
	'wp_kses_allowed_html',
	static function ( $allowed, $context ) {
		if ( 'post' !== $context || ! is_array( $allowed ) ) {
			return $allowed;
		}
		$global = array(
			'class'  => true,
			'id'     => true,
			'lang'   => true,
			'dir'    => true,
			'title'  => true,
			'data-*' => true,
		);
		foreach ( wcit_embed_elements() as $tag => $attributes ) {
			$allowed[ $tag ] = $global + array_fill_keys( array_keys( $attributes ), true );
		}
		// What `wcit-feed embed` puts inside: article, details and label are allowed already.
		$allowed['progress'] = $global + array(
			'max'   => true,
			'value' => true,
		);
		foreach ( array( 'article', 'p', 'a' ) as $tag ) {
			$allowed[ $tag ] = ( $allowed[ $tag ] ?? array() ) + array( 'data-wcit' => true );
		}
		return $allowed;
	},
	10,
	2
);

/**
 * Pasted tags taken out of the content before wpautop (priority 10) and put
 * back by a shortcode after it (priority 11). wpautop does not know
 * `<wcit-letter>` as a block, so it wrapped its opening and closing tags in
 * `<p>`: the browser then closed the element early, and the pre-rendered
 * letter showed twice (issue 26). Each kept piece stands alone between blank
 * lines, which shortcode_unautop takes out of its `<p>`.
 */
const WCIT_EMBED_PASTED = '/<(wcit-letter|wcit-signatories|wcit-sign-button)\b[^>]*>.*?<\/\1\s*>/is';

function wcit_embed_kept( ?string $html = null, ?int $id = null ): ?string {
	static $kept = array();
	if ( null !== $html ) {
		$kept[] = $html;
		return (string) ( count( $kept ) - 1 );
	}
	return $kept[ $id ] ?? null;
}

/** A token per request, so that a shortcode typed in a post cannot name a kept piece. */
function wcit_embed_token(): string {
	static $token = null;
	return $token ??= wp_generate_password( 16, false );
}

add_filter(
	'the_content',
	static function ( $content ) {
		if ( ! is_string( $content ) || ! str_contains( $content, '<wcit-' ) ) {
			return $content;
		}
		wcit_embed_enqueue();
		$token = wcit_embed_token();
		return preg_replace_callback(
			WCIT_EMBED_PASTED,
			static fn( $m ) => "\n\n[wcit_embed_kept id=\"" . wcit_embed_kept( $m[0] ) . '" token="' . $token . "\"]\n\n",
			$content
		);
	},
	8
);

add_action(
	'init',
	static function () {
		add_shortcode(
			'wcit_embed_kept',
			static function ( $atts ) {
				if ( ! is_array( $atts ) || ( $atts['token'] ?? '' ) !== wcit_embed_token() || ! ctype_digit( (string) ( $atts['id'] ?? '' ) ) ) {
					return '';
				}
				$id = (int) $atts['id'];
				return wcit_embed_kept( null, $id ) ?? '';
			}
		);
	}
);
